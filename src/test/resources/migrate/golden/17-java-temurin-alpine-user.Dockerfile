# dhi-picker: was eclipse-temurin:17-jre-alpine
FROM dhi.io/eclipse-temurin:17-alpine3.24-dev
RUN addgroup -S app && adduser -S app -G app
USER app
COPY target/app.jar /app.jar
ENTRYPOINT ["java", "-jar", "/app.jar"]
