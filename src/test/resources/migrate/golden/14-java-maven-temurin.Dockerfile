# dhi-picker: was maven:3.9-eclipse-temurin-21
FROM dhi.io/maven:3-jdk21-debian13-dev AS build
WORKDIR /workspace
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
RUN mvn -B -q package -DskipTests

# dhi-picker: was eclipse-temurin:21-jre
FROM dhi.io/eclipse-temurin:21-debian13
WORKDIR /app
COPY --from=build /workspace/target/app.jar /app/app.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
