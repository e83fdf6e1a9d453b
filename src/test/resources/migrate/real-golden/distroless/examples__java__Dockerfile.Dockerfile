# dhi-picker: was eclipse-temurin:17-jdk
FROM dhi.io/eclipse-temurin:17-jdk-debian13-dev AS build-env
COPY . /app/examples
WORKDIR /app
RUN javac examples/*.java
RUN jar cfe main.jar examples.HelloJava examples/*.class 

# dhi-picker: was gcr.io/distroless/java17-debian13
FROM dhi.io/eclipse-temurin:17-debian13
# dhi-picker: the upstream image ran CMD with this ENTRYPOINT; the DHI image has none
ENTRYPOINT ["java", "-jar"]
COPY --from=build-env /app /app
WORKDIR /app
CMD ["main.jar"]
