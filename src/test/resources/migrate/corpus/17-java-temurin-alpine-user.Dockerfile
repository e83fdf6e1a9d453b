FROM eclipse-temurin:17-jre-alpine
RUN addgroup -S app && adduser -S app -G app
USER app
COPY target/app.jar /app.jar
ENTRYPOINT ["java", "-jar", "/app.jar"]
