ARG BASE_PREFIX=mirror.gcr.io/library/
FROM ${BASE_PREFIX}golang:1.23 as builder

WORKDIR /workspace

COPY . .

RUN go mod tidy && go build -o bin/visitorcounter ./server

# dhi-picker: was gcr.io/distroless/base:latest
FROM dhi.io/debian-base:trixie-debian13
COPY --from=builder /workspace/bin/visitorcounter visitorcounter
ENTRYPOINT ["./visitorcounter"]