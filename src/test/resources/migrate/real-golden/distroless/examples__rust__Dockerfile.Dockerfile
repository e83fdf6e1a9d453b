# dhi-picker: was rust:1
FROM dhi.io/rust:1-debian13-dev as build-env
WORKDIR /app
COPY . /app
RUN cargo build --release

# dhi-picker: was gcr.io/distroless/cc-debian12
FROM dhi.io/debian-base:trixie-debian13
COPY --from=build-env /app/target/release/hello-world-distroless /
CMD ["./hello-world-distroless"]
