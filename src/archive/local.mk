# Sources of src/archive are listed here.
