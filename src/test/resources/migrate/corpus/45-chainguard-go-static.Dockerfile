FROM cgr.dev/chainguard/go AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o hello .

FROM cgr.dev/chainguard/static
COPY --from=build /src/hello /hello
CMD ["/hello"]
