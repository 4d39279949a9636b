import ipaddress
from ipaddress import ip_address, ip_network, ip_interface, IPv4Address, IPv6Address, IPv4Network, IPv6Network

a = ip_address("192.168.1.10")
print(a, repr(a), a.version, int(a), a.packed, a.is_private, a.is_global, a.is_loopback, a.max_prefixlen)
print(a + 5, a - 10, a > ip_address("10.0.0.1"), a.reverse_pointer, a.exploded, a.compressed)
print(IPv4Address(3232235786), IPv4Address(b"\x7f\x00\x00\x01"), ip_address(1), ip_address(2**32))
print(format(a, "b"), format(a, "#x"), format(a, "_b"), f"{a:X}", f"{a:#_x}", format(a, ""), format(a, "s"))
v6 = ip_address("2001:db8::8a2e:370:7334")
print(v6, repr(v6), v6.exploded, v6.compressed, v6.version, v6.is_global, v6.is_private, v6.is_link_local)
for s in ["::", "::1", "1::", "1:0:0:2:0:0:0:3", "1:0:0:2:0:0:3:4", "0:0:1:0:0:0:0:0", "2001:DB8:0:0:1:0:0:1", "::ffff:10.1.2.3", "1:2:3:4:5:6:7:8"]:
    x = IPv6Address(s)
    print(f"{s:28} {str(x):28} {x.exploded} {x.ipv4_mapped} {x.is_loopback} {x.is_multicast} {x.is_unspecified}")
print(IPv6Address("fe80::1%eth0").scope_id, IPv6Address("2002:c000:0204::").sixtofour, v6.reverse_pointer[:20], IPv6Address(1).packed)
print(format(IPv6Address("::1"), "#x"), format(IPv6Address("2001:db8::1"), "_X"), format(IPv6Address("::1"), "#b")[-4:])
net = ip_network("192.168.1.0/24")
print(net, repr(net), net.network_address, net.broadcast_address, net.netmask, net.hostmask, net.prefixlen, net.num_addresses)
print(net.with_prefixlen, net.with_netmask, net.with_hostmask, net.is_private, a in net, ip_address("10.0.0.1") in net)
hosts = list(net.hosts())
print(len(hosts), hosts[0], hosts[-1], net[0], net[-1], net[5])
print(list(net.subnets(new_prefix=26)))
print(list(net.subnets()), net.supernet(), net.supernet(new_prefix=16))
print(list(ip_network("10.0.0.0/30")), list(ip_network("10.0.0.0/31").hosts()), list(ip_network("10.0.0.7/32").hosts()))
print(ip_network("10.0.0.0/8").overlaps(ip_network("10.1.0.0/16")), ip_network("10.1.0.0/16").subnet_of(ip_network("10.0.0.0/8")), ip_network("10.0.0.0/8").supernet_of(ip_network("11.0.0.0/16")))
print(list(ip_network("10.0.0.0/24").address_exclude(ip_network("10.0.0.64/26"))))
print(list(ipaddress.collapse_addresses([ip_network("10.0.0.0/25"), ip_network("10.0.0.128/25"), ip_network("10.0.1.0/24"), ip_network("10.0.3.0/24")])))
print(list(ipaddress.summarize_address_range(IPv4Address("10.0.0.0"), IPv4Address("10.0.0.130"))))
print(ip_network("192.168.1.77/24", strict=False), ip_network(("10.1.1.0", 24)), ip_network("10.0.0.0/255.255.0.0"), ip_network(167772160))
print(IPv4Network("1.2.3.0/24").compare_networks(IPv4Network("1.2.4.0/24")), sorted([ip_network("10.0.0.0/8"), ip_network("9.0.0.0/8"), ip_network("10.0.0.0/16")]))
n6 = ip_network("2001:db8::/32")
print(n6, n6.num_addresses, n6.netmask, n6.hostmask, n6[1], list(n6.subnets(new_prefix=34)), n6.with_netmask)
print(list(ip_network("2001:db8::/126").hosts()), list(ip_network("2001:db8::/127").hosts()))
iface = ip_interface("192.168.5.14/20")
print(iface, repr(iface), iface.ip, iface.network, iface.with_prefixlen, iface.with_netmask, iface.with_hostmask, iface.netmask)
print(ip_interface("fe80::5/64"), ip_interface("fe80::5/64").network, iface == ip_interface("192.168.5.14/20"), iface.ip == ip_address("192.168.5.14"))
print(hash(a) == hash(IPv4Address("192.168.1.10")), len({ip_address("1.1.1.1"), ip_address("1.1.1.1")}), sorted([ip_address("10.0.0.2"), ip_address("9.9.9.9")]))
for addr in ["127.0.0.1", "0.0.0.0", "224.0.0.1", "169.254.1.1", "100.64.0.1", "8.8.8.8", "240.0.0.1", "255.255.255.255", "172.16.5.4", "192.0.2.1"]:
    x = IPv4Address(addr)
    print(f"{addr:16} priv={x.is_private!s:5} glob={x.is_global!s:5} loop={x.is_loopback!s:5} mc={x.is_multicast!s:5} ll={x.is_link_local!s:5} res={x.is_reserved!s:5} unspec={x.is_unspecified}")
for addr in ["::1", "fc00::1", "fe80::1", "ff02::1", "2001:db8::1", "2606:4700::1", "fec0::1", "::ffff:192.168.1.1", "100::1", "2001::1"]:
    x = IPv6Address(addr)
    print(f"{addr:18} priv={x.is_private!s:5} glob={x.is_global!s:5} site={x.is_site_local!s:5} res={x.is_reserved!s:5} ll={x.is_link_local}")
print(ip_network("10.0.0.0/8").is_private, ip_network("0.0.0.0/0").is_private, ip_network("224.0.0.0/4").is_multicast, ip_network("fe80::/10").is_link_local)
for bad in ["256.1.1.1", "1.2.3", "1.2.3.04", "10.0.0.1/24", "10.0.0.0/33", "gggg::", "1::2::3", "", "::1/129", "1.2.3.4/255.0.255.0"]:
    for fn in (ip_address, ip_network):
        try:
            fn(bad)
        except ValueError as e:
            print(f"{fn.__name__}({bad!r}): {type(e).__name__}: {e}")
for bad in ["1.2.3.256", "1.2.3", "01.2.3.4", "1.2.3.x"]:
    try:
        IPv4Address(bad)
    except ipaddress.AddressValueError as e:
        print("AddressValueError:", e)
for bad in ["1:2", "1::2:", ":1::2", "12345::", "1:2:3:4:5:6:7:8:9", "::1.2.3"]:
    try:
        IPv6Address(bad)
    except ipaddress.AddressValueError as e:
        print("AddressValueError:", e)
try:
    IPv4Network("10.0.0.0/40")
except ipaddress.NetmaskValueError as e:
    print("NetmaskValueError:", e)
try:
    ip_address("1.2.3.4") < ip_address("::1")
except TypeError as e:
    print("TypeError:", e)
try:
    list(net.subnets(new_prefix=20))
except ValueError as e:
    print("ValueError:", e)
try:
    IPv4Address("255.255.255.255") + 1
except ipaddress.AddressValueError as e:
    print("AddressValueError:", e)
print(ipaddress.get_mixed_type_key(ip_address("1.1.1.1")), ipaddress.v4_int_to_packed(1), len(ipaddress.v6_int_to_packed(1)))
print(sorted([ip_address("::1"), ip_address("1.2.3.4"), ip_network("1.0.0.0/8")], key=ipaddress.get_mixed_type_key))
print(IPv4Address("1.2.3.4") == IPv6Address("::1.2.3.4"), IPv4Address("1.2.3.4") != "1.2.3.4", ip_network("10.0.0.0/8") == ip_network("10.0.0.0/8"))
