FROM gcc:6 AS build-env
COPY . /app
WORKDIR /app
RUN cc hello.c -o hello

# dhi-picker: was gcr.io/distroless/cc
FROM dhi.io/debian-base:trixie-debian13
COPY --from=build-env /app /app
WORKDIR /app
CMD ["./hello"]
