# Maintainer tools. The sample generator travels in the tarball: the tests
# make the samples again and compare.
EXTRA_DIST += tools/mksamples.py
