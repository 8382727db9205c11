# Sources of src/dicom are listed here.
