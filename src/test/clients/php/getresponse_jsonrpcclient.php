<?php
/*
 * GetResponse API 1.5 the way GetResponse's PHP sample calls it: a jsonRPCClient object whose
 * method calls become JSON-RPC requests ({"jsonrpc":"2.0","method","params","id"} posted with curl,
 * Content-type application/json), the answer's id checked against the request's, and an error
 * member thrown as an exception. The class below does what the vendor's jsonRPCClient.php does on
 * the wire (the file itself is not packaged anywhere this suite may install from); only the URL is
 * the emulator's.
 */

final class Checks
{
    private $client;
    public $failed = 0;

    public function __construct($client) { $this->client = $client; }

    public function equal($name, $actual, $expected)
    {
        if ($actual === $expected) {
            echo "PASS {$this->client}: {$name}\n";
        } else {
            $this->fail($name, 'expected ' . json_encode($expected) . ', got ' . json_encode($actual));
        }
    }

    public function fail($name, $reason)
    {
        $this->failed++;
        echo "FAIL {$this->client}: {$name}: {$reason}\n";
    }
}

class jsonRPCClient
{
    private $url;
    private $requestId = 0;

    public function __construct($url) { $this->url = $url; }

    public function __call($method, $params)
    {
        $this->requestId++;
        $request = json_encode(array('jsonrpc' => '2.0', 'method' => $method, 'params' => array_values($params),
            'id' => $this->requestId));
        $ch = curl_init();
        curl_setopt($ch, CURLOPT_URL, $this->url);
        curl_setopt($ch, CURLOPT_POST, 1);
        curl_setopt($ch, CURLOPT_POSTFIELDS, $request);
        curl_setopt($ch, CURLOPT_HTTPHEADER, array('Content-type: application/json'));
        curl_setopt($ch, CURLOPT_ENCODING, 'gzip,deflate');
        curl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);
        curl_setopt($ch, CURLOPT_CONNECTTIMEOUT, 8);
        curl_setopt($ch, CURLOPT_TIMEOUT, 8);
        $body = curl_exec($ch);
        $status = curl_getinfo($ch, CURLINFO_HTTP_CODE);
        if ($status == 400 || $status == 500) {
            throw new Exception('Response Http Error - ' . $status);
        }
        if (curl_errno($ch) > 0) {
            throw new Exception('Unable to connect to ' . $this->url . ' Error: ' . curl_error($ch));
        }
        curl_close($ch);
        $response = json_decode($body, true);
        if ($response['id'] != $this->requestId) {
            throw new Exception('Request id: ' . $this->requestId . ' is different from Response id: ' . $response['id']);
        }
        if (isset($response['error']) && !is_null($response['error'])) {
            throw new Exception('Request have return error: ' . $response['error']['message']);
        }
        return $response['result'];
    }
}

$api_key = 'clients-gr-key';
$api_url = getenv('EMULATOR_URL');
$checks = new Checks('getresponse/php-jsonRPCClient');
$client = new jsonRPCClient($api_url);

try {
    $checks->equal('ping', $client->ping($api_key), array('ping' => 'pong'));
    $result = $client->get_message_stats($api_key, array('message' => 'gr-msg-1', 'grouping' => 'daily'));
    $checks->equal('get_message_stats days', array_keys($result), array('2024-03-01', '2024-03-02'));
    $day = $result['2024-03-01'];
    $checks->equal('2024-03-01 sent/opened/unique_opened/bounces_user_unknown',
        array($day['sent'], $day['opened'], $day['unique_opened'], $day['bounces_user_unknown']), array(3, 1, 1, 1));
    $day = $result['2024-03-02'];
    $checks->equal('2024-03-02 opened/unique_opened/clicked/unique_clicked',
        array($day['opened'], $day['unique_opened'], $day['clicked'], $day['unique_clicked']), array(2, 1, 1, 1));
    $monthly = $client->get_message_stats($api_key, array('message' => 'gr-msg-1', 'grouping' => 'monthly'));
    $checks->equal('monthly sent/opened/unique_opened', array($monthly['2024-03']['sent'],
        $monthly['2024-03']['opened'], $monthly['2024-03']['unique_opened']), array(3, 3, 2));
    $messages = $client->get_messages($api_key, array('name' => array('EQUALS' => 'March newsletter')));
    $campaigns = array_keys($messages);
    $checks->equal('get_messages by name', array_pop($campaigns), 'gr-msg-1');
} catch (Exception $e) {
    $checks->fail('calls', $e->getMessage());
}
try {
    $client->ping('wrong-key');
    $checks->fail('wrong key', 'no exception');
} catch (Exception $e) {
    $checks->equal('wrong key', $e->getMessage(), 'Request have return error: API key verification failed');
}
exit($checks->failed ? 1 : 0);
