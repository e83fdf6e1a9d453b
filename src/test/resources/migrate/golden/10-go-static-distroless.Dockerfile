# dhi-picker: was golang:1.22
FROM dhi.io/golang:1.26-debian13-dev AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /bin/app ./cmd/app

# dhi-picker: was gcr.io/distroless/static-debian12
FROM dhi.io/static:20250419-debian13
COPY --from=build /bin/app /app
USER nonroot:nonroot
ENTRYPOINT ["/app"]
