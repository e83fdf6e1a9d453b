FROM maven:3.9-eclipse-temurin-17
WORKDIR /app
COPY target/app.jar app.jar
CMD ["java", "-jar", "app.jar"]
