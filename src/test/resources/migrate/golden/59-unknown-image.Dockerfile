FROM example.com/internal/base:1.0 AS base
RUN make
FROM mycorp/runtime:2
COPY --from=base /out /out
