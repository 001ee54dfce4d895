# GetResponse API 1.5 the way GetResponse's own Ruby sample calls it: Net::HTTP.start on the API
# host, client.post('/', {'method' => ..., 'params' => [api_key, {...}]}.to_json) with neither "id"
# nor "jsonrpc", then JSON.parse(response.body)['result']. Only the URL is the emulator's.
require 'net/http'
require 'json'

$failed = 0
def check(name, actual, expected)
  if actual == expected
    puts "PASS getresponse/ruby-sample: #{name}"
  else
    $failed += 1
    puts "FAIL getresponse/ruby-sample: #{name}: expected #{expected.to_json}, got #{actual.to_json}"
  end
  $stdout.flush
end

api_key = 'clients-gr-key'
api_url = ENV.fetch('EMULATOR_URL')

uri = URI.parse(api_url)
client = Net::HTTP.start(uri.host, uri.port)

response = client.post('/', { 'method' => 'ping', 'params' => [api_key] }.to_json)
check('ping', JSON.parse(response.body)['result'], { 'ping' => 'pong' })

response = client.post(
  '/', {
    'method' => 'get_messages',
    'params' => [api_key, { 'subject' => { 'EQUALS' => 'Spring news' } }]
  }.to_json
)
result = JSON.parse(response.body)
# As the sample takes the first key of the answer as the id it needs.
message_id = result['result'].keys.pop
check('get_messages id', message_id, 'gr-msg-1')
check('answered with id null', result.key?('id') && result['id'].nil?, true)

response = client.post(
  '/', {
    'method' => 'get_message_stats',
    'params' => [api_key, { 'message' => message_id, 'grouping' => 'daily' }]
  }.to_json
)
stats = JSON.parse(response.body)['result']
check('get_message_stats days', stats.keys, %w[2024-03-01 2024-03-02])
check('2024-03-01 sent/opened/bounces_user_unknown',
      [stats['2024-03-01']['sent'], stats['2024-03-01']['opened'], stats['2024-03-01']['bounces_user_unknown']],
      [3, 1, 1])
check('2024-03-02 opened/unique_opened/clicked',
      [stats['2024-03-02']['opened'], stats['2024-03-02']['unique_opened'], stats['2024-03-02']['clicked']],
      [2, 1, 1])

response = client.post('/', { 'method' => 'ping', 'params' => ['wrong-key'] }.to_json)
check('wrong key', JSON.parse(response.body)['error'], { 'code' => -1, 'message' => 'API key verification failed' })

exit($failed.zero? ? 0 : 1)
