# dhi-picker: was ruby:3.2-slim
FROM dhi.io/ruby:3.3-debian13-dev AS build
WORKDIR /app
COPY Gemfile* ./
RUN bundle config set deployment true && bundle install

# dhi-picker: was ruby:3.2-slim
FROM dhi.io/ruby:3.3-debian13
WORKDIR /app
COPY --from=build /app /app
COPY . .
CMD ["bundle", "exec", "ruby", "app.rb"]
