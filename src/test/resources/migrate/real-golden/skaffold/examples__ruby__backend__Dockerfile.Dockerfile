ARG BASE_PREFIX=mirror.gcr.io/library/
# dhi-picker: was ruby:2.7
FROM dhi.io/ruby:3.3-debian13-dev

WORKDIR /app
ADD Gemfile* ./
RUN bundle install

ADD . ./

CMD ["bundle","exec","puma"]
