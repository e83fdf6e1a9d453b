# dhi-picker: was maven:3.9-eclipse-temurin-17
FROM dhi.io/maven:3-jdk17-debian13-dev
WORKDIR /app
COPY target/app.jar app.jar
CMD ["java", "-jar", "app.jar"]
