# Build and run the emulator. docker compose up starts it with PostgreSQL.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests -Dspring-javaformat.skip=true

FROM eclipse-temurin:17-jre
WORKDIR /app
RUN useradd --system emulator && mkdir -p /app/data && chown emulator /app/data
COPY --from=build /src/target/stats-emulator-*.jar /tmp/stats-emulator.jar
# Class data sharing (Spring Boot's "Class Data Sharing"): the jar extracted, then a training run
# that starts the service on a throw-away H2 data directory and exits once its context is ready,
# writing the archive of the classes it loaded. Starts then load those classes from the archive:
# about a third less start time in the benchmark (docs/benchmarks.md). Should the training run fail,
# the image is built without the archive and the JVM starts without it.
RUN java -Djarmode=tools -jar /tmp/stats-emulator.jar extract --destination /app/extracted \
  && rm /tmp/stats-emulator.jar \
  && (java -XX:ArchiveClassesAtExit=/app/extracted/stats-emulator.jsa -Dspring.context.exit=onRefresh \
        -jar /app/extracted/stats-emulator.jar --emulator.data-dir=/tmp/cds-training \
        --emulator.demo.enabled=false --server.port=0 \
      || echo "CDS training run failed: the image starts without a class data archive") \
  && rm -rf /tmp/cds-training
USER emulator
EXPOSE 8080
# The data directory holds the embedded database and, when EMULATOR_ADMIN_TOKEN is not set,
# the generated admin token: docker compose exec emulator cat /app/data/admin-token
ENV EMULATOR_DATA_DIR=/app/data
# The heap: the service runs its whole benchmark in 512 MB. Override with -e JAVA_OPTS=...
ENV JAVA_OPTS="-Xmx384m"
# Healthy once the demo workspace is complete (/actuator/health answers 503 while it is
# generated). No curl in the image: bash's /dev/tcp is enough for one request.
HEALTHCHECK --interval=10s --timeout=5s --start-period=120s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${SERVER_PORT:-8080} && printf 'GET /actuator/health HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["sh", "-c", "exec java -XX:SharedArchiveFile=/app/extracted/stats-emulator.jsa $JAVA_OPTS -jar /app/extracted/stats-emulator.jar \"$@\"", "--"]
