# dhi-picker: was rust:1.80
FROM dhi.io/rust:1-debian13-dev AS build
WORKDIR /usr/src/app
COPY . .
RUN cargo build --release

# dhi-picker: was debian:bookworm-slim
FROM dhi.io/debian-base:trixie-debian13
# dhi-picker: removed, not needed on the runtime image: RUN apt-get update && apt-get install -y ca-certificates && rm -rf /var/lib/apt/lists/*
COPY --from=build /usr/src/app/target/release/app /usr/local/bin/app
CMD ["app"]
