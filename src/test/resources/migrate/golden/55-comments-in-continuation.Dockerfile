# dhi-picker: was ruby:3.3-alpine
FROM dhi.io/ruby:3.3-alpine3.24-dev
RUN apk add --no-cache \
    # compilers for native gems
    build-base \

    postgresql-dev
WORKDIR /app
COPY . .
RUN bundle install
CMD ["bundle", "exec", "puma"]
