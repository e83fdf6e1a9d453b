# dhi-picker: was maven:3-eclipse-temurin-17
FROM dhi.io/maven:3-jdk17-debian13-dev AS build
WORKDIR /src
COPY . .
RUN mvn -B package

# dhi-picker: was gcr.io/distroless/java17-debian12
FROM dhi.io/eclipse-temurin:17-debian13
# dhi-picker: the upstream image ran CMD with this ENTRYPOINT; the DHI image has none
ENTRYPOINT ["java", "-jar"]
COPY --from=build /src/target/app.jar /app.jar
CMD ["/app.jar"]
