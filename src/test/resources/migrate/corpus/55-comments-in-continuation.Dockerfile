FROM ruby:3.3-alpine
RUN apk add --no-cache \
    # compilers for native gems
    build-base \

    postgresql-dev
WORKDIR /app
COPY . .
RUN bundle install
CMD ["bundle", "exec", "puma"]
