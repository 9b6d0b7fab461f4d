"""A private PostgreSQL 15 cluster for bench/run.sh (the integration tests' PgCluster, with every
commit on disk as in production): `start N` starts one and prints its folder, then N empty
databases' URLs, one per line; `stop DIR` stops it and removes the folder."""
import sys

import gwtest

if sys.argv[1] == "start":
    cluster = gwtest.PgCluster(durable=True, outlives=True)
    try:
        urls = [cluster.new_database() for _ in range(int(sys.argv[2]))]
    except BaseException:
        cluster.stop()  # nothing left running when the start fails halfway
        raise
    print(cluster.dir)
    print("\n".join(urls))
elif sys.argv[1] == "stop":
    gwtest.PgCluster.at(sys.argv[2]).stop()
else:
    sys.exit("usage: pgcluster.py start N | stop DIR")
