FROM ruby:3.2-slim AS build
WORKDIR /app
COPY Gemfile* ./
RUN bundle config set deployment true && bundle install

FROM ruby:3.2-slim
WORKDIR /app
COPY --from=build /app /app
COPY . .
CMD ["bundle", "exec", "ruby", "app.rb"]
