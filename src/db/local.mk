# Sources of src/db are listed here.
