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
COPY --from=build /src/target/stats-emulator-*.jar /app/stats-emulator.jar
USER emulator
EXPOSE 8080
ENV EMULATOR_DATA_DIR=/app/data
ENTRYPOINT ["java", "-jar", "/app/stats-emulator.jar"]
