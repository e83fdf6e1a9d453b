FROM perl:5.40
WORKDIR /usr/src/app
COPY . .
RUN cpanm --installdeps .
CMD ["perl", "./app.pl"]
