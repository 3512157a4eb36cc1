# The yardstick of the import bench: a plain read-only pass of openpyxl over every cell of a file.
import sys
from openpyxl import load_workbook

workbook = load_workbook(sys.argv[1], read_only=True)
cells = 0
for row in workbook.worksheets[0].iter_rows(values_only=True):
    for value in row:
        cells += 1
print(cells)
