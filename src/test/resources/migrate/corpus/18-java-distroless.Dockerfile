FROM maven:3-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B package

FROM gcr.io/distroless/java17-debian12
COPY --from=build /src/target/app.jar /app.jar
CMD ["/app.jar"]
