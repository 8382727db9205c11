# Sources of src/net are listed here.
