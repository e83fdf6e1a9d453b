# dhi-picker: was perl:5.40
FROM dhi.io/perl:5.40-debian13-dev
WORKDIR /usr/src/app
COPY . .
RUN cpanm --installdeps .
CMD ["perl", "./app.pl"]
