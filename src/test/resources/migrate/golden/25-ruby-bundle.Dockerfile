# dhi-picker: was ruby:3.3
FROM dhi.io/ruby:3.3-debian13-dev
WORKDIR /app
COPY Gemfile Gemfile.lock ./
RUN bundle install
COPY . .
EXPOSE 4567
CMD ["ruby", "app.rb"]
