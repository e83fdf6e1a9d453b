# dhi-picker: was openjdk:17-jdk-slim; the build steps run in this -dev stage
FROM dhi.io/eclipse-temurin:17-jdk-debian13-dev AS build
WORKDIR /app
COPY . .
RUN ./mvnw -B package -DskipTests
CMD ["java", "-jar", "target/service.jar"]

# dhi-picker: runtime stage, it copies what stage build built
FROM dhi.io/eclipse-temurin:17-debian13
WORKDIR /app
COPY --from=build /app/target/service.jar /app/target/service.jar
CMD ["java", "-jar", "target/service.jar"]
