# dhi-picker: was cgr.dev/chainguard/go
FROM dhi.io/golang:1.26-debian13-dev AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o hello .

# dhi-picker: was cgr.dev/chainguard/static
FROM dhi.io/static:20250419-debian13
COPY --from=build /src/hello /hello
CMD ["/hello"]
