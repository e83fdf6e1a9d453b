# dhi-picker: was golang:1.24
FROM --platform=$BUILDPLATFORM dhi.io/golang:1.26-debian13-dev AS build
ARG TARGETOS TARGETARCH
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .

# dhi-picker: was gcr.io/distroless/static
FROM --platform=$TARGETPLATFORM dhi.io/static:20250419-debian13
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]
