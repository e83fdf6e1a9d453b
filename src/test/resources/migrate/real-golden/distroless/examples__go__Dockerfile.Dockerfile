# dhi-picker: was golang:1.22
FROM dhi.io/golang:1.26-debian13-dev as build

WORKDIR /go/src/app
COPY . .

RUN go mod download
RUN go vet -v
RUN go test -v

RUN CGO_ENABLED=0 go build -o /go/bin/app

# dhi-picker: was gcr.io/distroless/static-debian12
FROM dhi.io/static:20250419-debian13

COPY --from=build /go/bin/app /
CMD ["/app"]
