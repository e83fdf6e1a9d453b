FROM openjdk:17-jdk-slim
WORKDIR /app
COPY . .
RUN ./mvnw -B package -DskipTests
CMD ["java", "-jar", "target/service.jar"]
