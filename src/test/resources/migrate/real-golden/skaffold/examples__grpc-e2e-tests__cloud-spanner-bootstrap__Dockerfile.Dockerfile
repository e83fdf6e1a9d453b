ARG BASE_PREFIX=mirror.gcr.io/library/
# dhi-picker: was mirror.gcr.io/library/golang:1.23
FROM dhi.io/golang:1.26-debian13-dev as builder

WORKDIR /workspace

COPY . .

RUN go build -o  bin/cloudspannerbootstrap ./main

# dhi-picker: was gcr.io/distroless/base:latest
FROM dhi.io/debian-base:trixie-debian13
COPY --from=builder /workspace/bin/cloudspannerbootstrap cloudspannerbootstrap
ENV DATABASE=projects/test-project/instances/test-instance/databases/visitordb
ENV SPANNER_EMULATOR_HOST="cloud-spanner-emulator:9010"
ENTRYPOINT ["./cloudspannerbootstrap"]