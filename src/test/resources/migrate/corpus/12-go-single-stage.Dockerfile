FROM golang:1.24
WORKDIR /go/src/app
COPY . .
RUN go build -o /usr/local/bin/app .
EXPOSE 8080
CMD ["app"]
