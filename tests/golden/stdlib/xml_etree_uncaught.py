import xml.etree.ElementTree as ET
print("before")
ET.fromstring("<a>&</a>")
