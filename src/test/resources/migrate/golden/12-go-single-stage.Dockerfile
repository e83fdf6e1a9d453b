# dhi-picker: was golang:1.24; the build steps run in this -dev stage
FROM dhi.io/golang:1.26-debian13-dev AS build
WORKDIR /go/src/app
COPY . .
RUN go build -o /usr/local/bin/app .
EXPOSE 8080
CMD ["app"]

# dhi-picker: runtime stage, it copies what stage build built
FROM dhi.io/static:20250419-glibc-debian13
WORKDIR /go/src/app
COPY --from=build /usr/local/bin/app /usr/local/bin/app
EXPOSE 8080
CMD ["app"]
