# Maintainer tools.
