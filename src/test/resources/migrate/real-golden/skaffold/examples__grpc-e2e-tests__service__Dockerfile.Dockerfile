ARG BASE_PREFIX=mirror.gcr.io/library/
# dhi-picker: was mirror.gcr.io/library/golang:1.23
FROM dhi.io/golang:1.26-debian13-dev as builder

WORKDIR /workspace

COPY . .

RUN go mod tidy && go build -o bin/visitorcounter ./server

# dhi-picker: was gcr.io/distroless/base:latest
FROM dhi.io/debian-base:trixie-debian13
COPY --from=builder /workspace/bin/visitorcounter visitorcounter
ENTRYPOINT ["./visitorcounter"]