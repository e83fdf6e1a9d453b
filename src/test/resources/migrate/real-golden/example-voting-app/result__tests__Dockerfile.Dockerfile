# dhi-picker: was node:8.9-slim; the build steps run in this -dev stage
FROM dhi.io/node:22-debian13-dev AS build

RUN apt-get update -qq && apt-get install -qy \ 
    ca-certificates \
    bzip2 \
    curl \
    libfontconfig \
    --no-install-recommends
RUN yarn global add phantomjs-prebuilt
ADD . /app
WORKDIR /app
CMD ["/app/tests.sh"]

# dhi-picker: runtime stage, it copies what stage build built
FROM dhi.io/node:22-debian13
WORKDIR /app
COPY --from=build /app /app
CMD ["/app/tests.sh"]
