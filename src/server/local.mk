# Sources of src/server are listed here.
