"""Validation rules of the API server, as ordered tables of small named checks.

Each rule takes the (defaulted) object and returns every problem it finds, so a
refused object reports all of its errors, in the order ``ValidateService`` and
friends would append them. Rule numbers R1..R79 refer to the rules file copied in
``tests/routing/k8s-service-rules.md``; paths are in kubernetes/kubernetes (v1.33).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from quizkit.routing.fielderr import (
    GoStruct,
    Problem,
    duplicate,
    forbidden,
    invalid,
    is_dns1035_label,
    is_dns1123_label,
    is_dns1123_subdomain,
    is_label_value,
    is_qualified_name,
    is_valid_cidr,
    is_valid_ip,
    is_valid_port_name,
    is_valid_port_num,
    not_supported,
    required,
)
from quizkit.routing.objects import Container, PodSpecView, Service, ServicePort

__all__ = [
    "LB_SOURCE_RANGES_ANNOTATION",
    "SERVICE_RULES",
    "SERVICE_UPDATE_RULES",
    "externally_accessible",
    "needs_health_check",
    "non_special_ip",
    "validate_container_ports",
    "validate_labels",
    "validate_name",
    "validate_service",
    "validate_service_update",
]

PROTOCOLS = ("SCTP", "TCP", "UDP")
SERVICE_TYPES = ("ClusterIP", "ExternalName", "LoadBalancer", "NodePort")
LB_SOURCE_RANGES_ANNOTATION = "service.beta.kubernetes.io/load-balancer-source-ranges"
MAX_AFFINITY_SECONDS = 86400

ServiceRule = Callable[[Service], list[Problem]]
UpdateRule = Callable[[Service, Service], list[Problem]]


def externally_accessible(svc: Service) -> bool:
    """``ExternallyAccessible`` (pkg/api/v1/service/util.go): NodePort, LoadBalancer, or
    ClusterIP with externalIPs."""
    return svc.type in ("LoadBalancer", "NodePort") or (
        svc.type == "ClusterIP" and len(svc.external_ips) > 0
    )


def needs_health_check(svc: Service) -> bool:
    """``NeedsHealthCheck``: a LoadBalancer with ``externalTrafficPolicy: Local``."""
    return svc.type == "LoadBalancer" and svc.external_traffic_policy == "Local"


def validate_name(name: str, check: Callable[[str], list[str]]) -> list[Problem]:
    """``ValidateObjectMeta``'s name part: required, then the kind's name function."""
    if not name:
        return [required("metadata.name", "name or generateName is required")]
    return [invalid("metadata.name", name, msg) for msg in check(name)]


def validate_labels(labels: Mapping[str, str], path: str) -> list[Problem]:
    """``ValidateLabels``: key then value for each pair; errors at ``path`` without the key."""
    out: list[Problem] = []
    for key, value in labels.items():
        out.extend(invalid(path, key, msg) for msg in is_qualified_name(key))
        out.extend(invalid(path, value, msg) for msg in is_label_value(value))
    return out


# --- Service: one named function per rule, in ValidateService's order ---------------


def r01_service_name(svc: Service) -> list[Problem]:
    """R1: a Service name is an RFC 1035 label.

    VAL ``ValidateService`` -> ``ValidateObjectMeta(..., ValidateServiceName)``;
    UV ``IsDNS1035Label``.
    """
    return validate_name(svc.name, is_dns1035_label)


def r02_ports_required(svc: Service) -> list[Problem]:
    """R2: ``spec.ports`` is required unless headless or ExternalName (VAL ``ValidateService``)."""
    if not svc.ports and not svc.headless and svc.type != "ExternalName":
        return [required("spec.ports")]
    return []


def r03_headless_type(svc: Service) -> list[Problem]:
    """R3: a headless Service cannot be NodePort or LoadBalancer (VAL ``ValidateService``)."""
    if svc.headless and svc.type in ("NodePort", "LoadBalancer"):
        return [
            invalid(
                "spec.clusterIPs[0]", "None", f"may not be set to 'None' for {svc.type} services"
            )
        ]
    return []


def r04_external_name_no_ips(svc: Service) -> list[Problem]:
    """R4: ExternalName forbids clusterIPs, ipFamilies, ipFamilyPolicy (VAL ``ValidateService``;
    RST ``normalizeClusterIPs`` copies clusterIP into clusterIPs first)."""
    if svc.type != "ExternalName":
        return []
    out = []
    if svc.cluster_ips:
        out.append(forbidden("spec.clusterIPs", "may not be set for ExternalName services"))
    if svc.ip_families:
        out.append(forbidden("spec.ipFamilies", "may not be set for ExternalName services"))
    if svc.ip_family_policy is not None:
        out.append(forbidden("spec.ipFamilyPolicy", "may not be set for ExternalName services"))
    return out


def r05_external_name(svc: Service) -> list[Problem]:
    """R5: ``externalName`` is required and a lowercase RFC 1123 subdomain after one trailing
    dot is stripped (VAL ``ValidateService`` -> ``ValidateDNS1123Subdomain``)."""
    if svc.type != "ExternalName":
        return []
    cname = svc.external_name.removesuffix(".")
    if not cname:
        return [required("spec.externalName")]
    return [invalid("spec.externalName", cname, msg) for msg in is_dns1123_subdomain(cname)]


@dataclass
class _PortContext:
    multi: bool
    names: set[str]


PortRule = Callable[[ServicePort, str, _PortContext], list[Problem]]


def r06_port_name_required(sp: ServicePort, path: str, ctx: _PortContext) -> list[Problem]:
    """R6: with more than one port, each needs a name (VAL ``validateServicePort``,
    ``requireName``)."""
    if ctx.multi and not sp.name:
        return [required(f"{path}.name")]
    return []


def r07_port_name(sp: ServicePort, path: str, ctx: _PortContext) -> list[Problem]:
    """R7: a port name is an RFC 1123 label, unique in the Service
    (VAL ``validateServicePort`` -> ``ValidateDNS1123Label``)."""
    if not sp.name:
        return []
    out = [invalid(f"{path}.name", sp.name, msg) for msg in is_dns1123_label(sp.name)]
    if sp.name in ctx.names:
        out.append(duplicate(f"{path}.name", sp.name))
    ctx.names.add(sp.name)
    return out


def r08_port_number(sp: ServicePort, path: str, ctx: _PortContext) -> list[Problem]:
    """R8: ``port`` is in 1..65535 (VAL ``validateServicePort``; UV ``IsValidPortNum``)."""
    return [invalid(f"{path}.port", sp.port, msg) for msg in is_valid_port_num(sp.port)]


def r09_port_protocol(sp: ServicePort, path: str, ctx: _PortContext) -> list[Problem]:
    """R9: ``protocol`` is exactly TCP, UDP or SCTP (VAL ``supportedPortProtocols``)."""
    if not sp.protocol:
        return [required(f"{path}.protocol")]
    if sp.protocol not in PROTOCOLS:
        return [not_supported(f"{path}.protocol", sp.protocol, PROTOCOLS)]
    return []


def r10_target_port(sp: ServicePort, path: str, ctx: _PortContext) -> list[Problem]:
    """R10: an int targetPort is 1..65535, a string one an IANA service name
    (VAL ``ValidatePortNumOrName``; UV ``IsValidPortName``)."""
    tp = sp.target_port
    if isinstance(tp, int):
        return [invalid(f"{path}.targetPort", tp, msg) for msg in is_valid_port_num(tp)]
    return [invalid(f"{path}.targetPort", tp, msg) for msg in is_valid_port_name(tp)]


def _app_protocol(sp: ServicePort, path: str, ctx: _PortContext) -> list[Problem]:
    """``appProtocol`` is a qualified name (VAL ``validateServicePort``)."""
    if sp.app_protocol is None:
        return []
    return [
        invalid(f"{path}.appProtocol", sp.app_protocol, msg)
        for msg in is_qualified_name(sp.app_protocol)
    ]


PORT_RULES: tuple[PortRule, ...] = (
    r06_port_name_required,
    r07_port_name,
    r08_port_number,
    r09_port_protocol,
    r10_target_port,
    _app_protocol,
)


def service_ports(svc: Service) -> list[Problem]:
    """R6-R10: ``validateServicePort`` for each port, in port order."""
    ctx = _PortContext(multi=len(svc.ports) > 1, names=set())
    out: list[Problem] = []
    for i, sp in enumerate(svc.ports):
        for rule in PORT_RULES:
            out.extend(rule(sp, f"spec.ports[{i}]", ctx))
    return out


def r11_selector(svc: Service) -> list[Problem]:
    """R11: selector keys and values are label keys and values, errors at ``spec.selector``
    (VAL ``ValidateService`` -> ``ValidateLabels``)."""
    if svc.selector is None:
        return []
    return validate_labels(svc.selector, "spec.selector")


def r12_session_affinity(svc: Service) -> list[Problem]:
    """R12: ``sessionAffinity`` is ClientIP or None (VAL ``supportedSessionAffinityType``)."""
    if not svc.session_affinity:
        return [required("spec.sessionAffinity")]
    if svc.session_affinity not in ("ClientIP", "None"):
        return [not_supported("spec.sessionAffinity", svc.session_affinity, ("ClientIP", "None"))]
    return []


def r13_affinity_timeout(svc: Service) -> list[Problem]:
    """R13: ClientIP timeout in 1..86400; no config with None
    (VAL ``validateClientIPAffinityConfig``, ``validateAffinityTimeout``)."""
    path = "spec.sessionAffinityConfig"
    if svc.session_affinity == "ClientIP":
        if svc.affinity_timeout is None:
            return [
                required(
                    f"{path}.clientIP.timeoutSeconds", "when session affinity type is ClientIP"
                )
            ]
        t = svc.affinity_timeout
        if t <= 0 or t > MAX_AFFINITY_SECONDS:
            return [
                invalid(
                    f"{path}.clientIP.timeoutSeconds",
                    t,
                    f"must be greater than 0 and less than {MAX_AFFINITY_SECONDS}",
                )
            ]
    elif svc.session_affinity == "None" and svc.affinity_config_set:
        return [forbidden(path, "must not be set when session affinity is None")]
    return []


def r14_cluster_ips(svc: Service) -> list[Problem]:
    """R14: clusterIP and clusterIPs agree, valid IPs, ``None`` alone, at most two, one per
    family (VAL ``ValidateServiceClusterIPsRelatedFields``)."""
    if svc.type == "ExternalName":
        return []
    path = "spec.clusterIPs"
    ips = list(svc.cluster_ips)
    out: list[Problem] = []
    if svc.cluster_ip:
        if not ips:
            out.append(required(path))
        elif ips[0] != svc.cluster_ip:
            out.append(invalid(path, ips, "first value must match `clusterIP`"))
    elif ips:
        out.append(invalid(path, ips, "must be empty when `clusterIP` is not specified"))
    seen: set[str] = set()
    for i, fam in enumerate(svc.ip_families):
        if fam not in ("IPv4", "IPv6"):
            out.append(not_supported(f"spec.ipFamilies[{i}]", fam, ("IPv4", "IPv6")))
        if fam in seen:
            out.append(duplicate(f"spec.ipFamilies[{i}]", fam))
        seen.add(fam)
    policies = ("PreferDualStack", "RequireDualStack", "SingleStack")
    if svc.ip_family_policy is not None and svc.ip_family_policy not in policies:
        out.append(not_supported("spec.ipFamilyPolicy", svc.ip_family_policy, policies))
    bad = False
    for i, ip in enumerate(ips):
        if i == 0 and ip == "None":
            if len(ips) > 1:
                bad = True
                out.append(invalid(path, ips, "'None' must be the first and only value"))
            continue
        msgs = is_valid_ip(ip)
        bad = bad or bool(msgs)
        out.extend(invalid(f"{path}[{i}]", ip, m) for m in msgs)
    if len(ips) > 2:
        out.append(invalid(path, ips, "may only hold up to 2 values"))
    if bad:
        return out
    if len(ips) > 1 and len({":" in ip for ip in ips}) != len(ips):
        out.append(invalid(path, ips, "may specify no more than one IP for each IP family"))
    if not svc.headless:
        for i, ip in enumerate(ips[: len(svc.ip_families)]):
            fam = svc.ip_families[i]
            if fam == "IPv4" and ":" in ip:
                out.append(
                    invalid(
                        f"{path}[{i}]",
                        ip,
                        f"expected an IPv4 value as indicated by `ipFamilies[{i}]`",
                    )
                )
            if fam == "IPv6" and ":" not in ip:
                out.append(
                    invalid(
                        f"{path}[{i}]",
                        ip,
                        f"expected an IPv6 value as indicated by `ipFamilies[{i}]`",
                    )
                )
    return out


def non_special_ip(path: str, raw: str) -> list[Problem]:
    """VAL ``ValidateNonSpecialIP`` for a valid IP: not unspecified, loopback, link-local or
    link-local multicast."""
    import ipaddress

    ip = ipaddress.ip_address(raw)
    out: list[Problem] = []
    if ip.is_unspecified:
        out.append(invalid(path, raw, f"may not be unspecified ({raw})"))
    if ip.is_loopback:
        out.append(invalid(path, raw, "may not be in the loopback range (127.0.0.0/8, ::1/128)"))
    if ip.is_link_local and not ip.is_multicast:
        out.append(
            invalid(path, raw, "may not be in the link-local range (169.254.0.0/16, fe80::/10)")
        )
    if ip in ipaddress.ip_network("224.0.0.0/24") or ip in ipaddress.ip_network("ff02::/16"):
        out.append(
            invalid(
                path, raw, "may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)"
            )
        )
    return out


def r15_external_ips(svc: Service) -> list[Problem]:
    """R15: externalIPs are valid, non-special IPs (VAL ``ValidateNonSpecialIP``)."""
    out: list[Problem] = []
    for i, raw in enumerate(svc.external_ips):
        path = f"spec.externalIPs[{i}]"
        msgs = is_valid_ip(raw)
        out.extend(invalid(path, raw, m) for m in msgs)
        if not msgs:
            out.extend(non_special_ip(path, raw))
    return out


def r16_type(svc: Service) -> list[Problem]:
    """R16: ``type`` is one of the four types, case-sensitive (VAL ``supportedServiceType``)."""
    if not svc.type:
        return [required("spec.type")]
    if svc.type not in SERVICE_TYPES:
        return [not_supported("spec.type", svc.type, SERVICE_TYPES)]
    return []


def r17_node_port_on_cluster_ip(svc: Service) -> list[Problem]:
    """R17: no nodePort on type ClusterIP (VAL ``ValidateService``)."""
    if svc.type != "ClusterIP":
        return []
    return [
        forbidden(f"spec.ports[{i}].nodePort", "may not be used when `type` is 'ClusterIP'")
        for i, sp in enumerate(svc.ports)
        if sp.node_port != 0
    ]


def _service_port_struct(sp: ServicePort) -> GoStruct:
    return GoStruct(
        f'core.ServicePort{{Name:"", Protocol:"{sp.protocol}", AppProtocol:(*string)(nil), '
        f'Port:{sp.port}, TargetPort:intstr.IntOrString{{Type:0, IntVal:0, StrVal:""}}, '
        "NodePort:0}"
    )


def r18_duplicate_ports(svc: Service) -> list[Problem]:
    """R18: no two ports share (protocol, nodePort) or (protocol, port)
    (VAL ``ValidateService``, two duplicate loops)."""
    out = []
    node_ports: set[tuple[str, int]] = set()
    for i, sp in enumerate(svc.ports):
        if sp.node_port == 0:
            continue
        if (sp.protocol, sp.node_port) in node_ports:
            out.append(duplicate(f"spec.ports[{i}].nodePort", sp.node_port))
        node_ports.add((sp.protocol, sp.node_port))
    ports: set[tuple[str, int]] = set()
    for i, sp in enumerate(svc.ports):
        if (sp.protocol, sp.port) in ports:
            out.append(duplicate(f"spec.ports[{i}]", _service_port_struct(sp)))
        ports.add((sp.protocol, sp.port))
    return out


def r19_source_ranges(svc: Service) -> list[Problem]:
    """R19: loadBalancerSourceRanges (field or annotation) only on LoadBalancer, each a CIDR
    (VAL ``ValidateService``; the capitalised path is the API server's)."""
    out: list[Problem] = []
    if svc.lb_source_ranges:
        path = "spec.LoadBalancerSourceRanges"
        if svc.type != "LoadBalancer":
            out.append(forbidden(path, "may only be used when `type` is 'LoadBalancer'"))
        for i, value in enumerate(svc.lb_source_ranges):
            v = value.strip()
            out.extend(invalid(f"{path}[{i}]", v, m) for m in is_valid_cidr(v))
    elif LB_SOURCE_RANGES_ANNOTATION in svc.annotations:
        path = f"metadata.annotations[{LB_SOURCE_RANGES_ANNOTATION}]"
        if svc.type != "LoadBalancer":
            out.append(forbidden(path, "may only be used when `type` is 'LoadBalancer'"))
        val = svc.annotations[LB_SOURCE_RANGES_ANNOTATION].strip()
        if val:
            for part in val.split(","):
                v = part.strip()
                out.extend(invalid(path, v, m) for m in is_valid_cidr(v))
    return out


def r20_load_balancer_fields(svc: Service) -> list[Problem]:
    """R20: allocateLoadBalancerNodePorts and loadBalancerClass only on LoadBalancer
    (VAL ``ValidateService``, ``validateLoadBalancerClassField``)."""
    out = []
    if svc.allocate_lb_node_ports is not None and svc.type != "LoadBalancer":
        out.append(
            forbidden(
                "spec.allocateLoadBalancerNodePorts",
                "may only be used when `type` is 'LoadBalancer'",
            )
        )
    if svc.type == "LoadBalancer" and svc.allocate_lb_node_ports is None:
        out.append(required("allocateLoadBalancerNodePorts"))
    if svc.lb_class is not None:
        if svc.type != "LoadBalancer":
            out.append(
                forbidden(
                    "spec.loadBalancerClass", "may only be used when `type` is 'LoadBalancer'"
                )
            )
        out.extend(
            invalid("spec.loadBalancerClass", svc.lb_class, m)
            for m in is_qualified_name(svc.lb_class)
        )
    return out


def r21_r22_external_traffic(svc: Service) -> list[Problem]:
    """R21, R22: externalTrafficPolicy only (and always) on externally accessible Services;
    healthCheckNodePort only with LoadBalancer + Local
    (VAL ``validateServiceExternalTrafficPolicy``; SVCU ``ExternallyAccessible``,
    ``NeedsHealthCheck``)."""
    out = []
    etp = svc.external_traffic_policy
    if not externally_accessible(svc):
        if etp:
            out.append(
                invalid(
                    "spec.externalTrafficPolicy",
                    etp,
                    "may only be set for externally-accessible services",
                )
            )
    elif not etp:
        out.append(required("spec.externalTrafficPolicy"))
    elif etp not in ("Cluster", "Local"):
        out.append(not_supported("spec.externalTrafficPolicy", etp, ("Cluster", "Local")))
    hc = svc.health_check_node_port
    if not needs_health_check(svc):
        if hc != 0:
            out.append(
                invalid(
                    "spec.healthCheckNodePort",
                    hc,
                    "may only be set when `type` is 'LoadBalancer' and "
                    "`externalTrafficPolicy` is 'Local'",
                )
            )
    elif hc == 0:
        out.append(required("spec.healthCheckNodePort"))
    else:
        out.extend(invalid("spec.healthCheckNodePort", hc, m) for m in is_valid_port_num(hc))
    return out


def r23_internal_traffic(svc: Service) -> list[Problem]:
    """R23: internalTrafficPolicy is Cluster or Local, required for the proxied types
    (VAL ``validateServiceInternalTrafficFieldsValue``)."""
    itp = svc.internal_traffic_policy
    if itp is None:
        if svc.type in ("ClusterIP", "NodePort", "LoadBalancer"):
            return [required("spec.internalTrafficPolicy")]
        return []
    if itp not in ("Cluster", "Local"):
        return [not_supported("spec.internalTrafficPolicy", itp, ("Cluster", "Local"))]
    return []


SERVICE_RULES: tuple[ServiceRule, ...] = (
    r01_service_name,
    r02_ports_required,
    r03_headless_type,
    r04_external_name_no_ips,
    r05_external_name,
    service_ports,
    r11_selector,
    r12_session_affinity,
    r13_affinity_timeout,
    r14_cluster_ips,
    r15_external_ips,
    r16_type,
    r17_node_port_on_cluster_ip,
    r18_duplicate_ports,
    r19_source_ranges,
    r20_load_balancer_fields,
    r21_r22_external_traffic,
    r23_internal_traffic,
)


# --- Service update ----------------------------------------------------------------


def r24_cluster_ips_immutable(old: Service, new: Service) -> list[Problem]:
    """R24: existing clusterIPs cannot change; skipped for ExternalName on either side or
    headless on both (VAL ``ValidateServiceUpdate`` -> ``validateUpgradeDowngradeClusterIPs``)."""
    if "ExternalName" in (old.type, new.type) or (old.headless and new.headless):
        return []
    before, after = list(old.cluster_ips), list(new.cluster_ips)
    if len(before) == len(after):
        return [
            invalid(f"spec.clusterIPs[{i}]", after, "may not change once set")
            for i, ip in enumerate(before)
            if ip != after[i]
        ]
    if len(before) > len(after):
        if not after:
            return [invalid("spec.clusterIPs[0]", after, "primary clusterIP can not be unset")]
        if before[0] != after[0]:
            return [invalid("spec.clusterIPs[0]", after, "may not change once set")]
        return []
    if before and before[0] != after[0]:
        return [invalid("spec.clusterIPs[0]", after, "may not change once set")]
    return []


def r20_load_balancer_class_update(old: Service, new: Service) -> list[Problem]:
    """R20: loadBalancerClass may not change while the Service stays a LoadBalancer
    (VAL ``validateLoadBalancerClassField``)."""
    if old.type == "LoadBalancer" and new.type == "LoadBalancer" and old.lb_class != new.lb_class:
        return [invalid("spec.loadBalancerClass", new.lb_class, "may not change once set")]
    return []


def r22_health_check_immutable(old: Service, new: Service) -> list[Problem]:
    """R22: healthCheckNodePort is immutable while both versions need it
    (VAL ``validateServiceExternalTrafficFieldsUpdate``)."""
    if (
        needs_health_check(old)
        and needs_health_check(new)
        and old.health_check_node_port != new.health_check_node_port
    ):
        return [forbidden("spec.healthCheckNodePort", "field is immutable")]
    return []


SERVICE_UPDATE_RULES: tuple[UpdateRule, ...] = (
    r24_cluster_ips_immutable,
    r20_load_balancer_class_update,
    r22_health_check_immutable,
)


def _dedupe(problems: Sequence[Problem]) -> list[Problem]:
    """``ToAggregate`` drops duplicate messages."""
    seen: set[Problem] = set()
    out = []
    for p in problems:
        if p not in seen:
            seen.add(p)
            out.append(p)
    return out


def validate_service(svc: Service) -> list[Problem]:
    """``ValidateService``: every rule of the table, in order."""
    return _dedupe([p for rule in SERVICE_RULES for p in rule(svc)])


def validate_service_update(old: Service, new: Service) -> list[Problem]:
    """``ValidateServiceUpdate``: the update rules, then ``ValidateService``."""
    out = [p for rule in SERVICE_UPDATE_RULES for p in rule(old, new)]
    return _dedupe(out + validate_service(new))


# --- Pods and Deployments ------------------------------------------------------------


def validate_container_ports(containers: Sequence[Container], path: str) -> list[Problem]:
    """R25: per container, port names are IANA names unique in that container,
    containerPort is required and 1..65535, protocol TCP/UDP/SCTP
    (VAL ``validateContainerPorts``, called once per container)."""
    out: list[Problem] = []
    regular = sum(1 for x in containers if not x.init)  # regular containers come first
    for ci, c in enumerate(containers):
        cpath = f"{path}.{'initContainers' if c.init else 'containers'}"
        index = ci if not c.init else ci - regular
        names: set[str] = set()
        for pi, p in enumerate(c.ports):
            ppath = f"{cpath}[{index}].ports[{pi}]"
            if p.name:
                msgs = is_valid_port_name(p.name)
                if msgs:
                    out.extend(invalid(f"{ppath}.name", p.name, m) for m in msgs)
                elif p.name in names:
                    out.append(duplicate(f"{ppath}.name", p.name))
                else:
                    names.add(p.name)
            if p.container_port == 0:
                out.append(required(f"{ppath}.containerPort"))
            else:
                out.extend(
                    invalid(f"{ppath}.containerPort", p.container_port, m)
                    for m in is_valid_port_num(p.container_port)
                )
            if p.host_port:
                out.extend(
                    invalid(f"{ppath}.hostPort", p.host_port, m)
                    for m in is_valid_port_num(p.host_port)
                )
            if p.protocol not in PROTOCOLS:
                out.append(not_supported(f"{ppath}.protocol", p.protocol, PROTOCOLS))
    return out


def validate_pod_spec(spec: PodSpecView, path: str) -> list[Problem]:
    """``ValidatePodSpec``'s networking part: containers required, named, ports (R25)."""
    out: list[Problem] = []
    if not spec.containers:
        out.append(required(f"{path}.containers"))
    for i, c in enumerate(spec.containers):
        if not c.name:
            out.append(required(f"{path}.containers[{i}].name"))
        else:
            out.extend(
                invalid(f"{path}.containers[{i}].name", c.name, m) for m in is_dns1123_label(c.name)
            )
    out.extend(validate_container_ports(spec.containers + spec.init_containers, path))
    policies = ("ClusterFirst", "ClusterFirstWithHostNet", "Default", "None")
    if spec.dns_policy not in policies:
        out.append(not_supported(f"{path}.dnsPolicy", spec.dns_policy, policies))
    out.extend(r74_host_network_ports(spec, path))
    out.extend(r75_dns_config(spec, f"{path}.dnsConfig"))
    return out


def r74_host_network_ports(spec: PodSpecView, path: str) -> list[Problem]:
    """R74: with ``hostNetwork: true`` a container's hostPort, when set, must equal its
    containerPort (VAL ``validateHostNetwork``; a Pod's unset hostPort is defaulted to the
    containerPort, a template's stays 0 until its pods are made)."""
    if not spec.host_network:
        return []
    return [
        invalid(
            f"{path}.containers[{i}].ports[{j}].hostPort",
            p.host_port,
            "must match `containerPort` when `hostNetwork` is true",
        )
        for i, c in enumerate(spec.containers)
        for j, p in enumerate(c.ports)
        if p.host_port and p.host_port != p.container_port
    ]


MAX_DNS_NAMESERVERS = 3
MAX_DNS_SEARCH_PATHS = 32
MAX_DNS_SEARCH_LIST_CHARS = 2048


def r75_dns_config(spec: PodSpecView, path: str) -> list[Problem]:
    """R75: ``dnsPolicy: None`` needs a dnsConfig with at least one nameserver; at most 3
    nameservers (valid IPs), 32 search domains (subdomains, 2048 characters in all),
    named options (VAL ``validatePodDNSConfig``)."""
    config = spec.dns_config
    if spec.dns_policy == "None":
        if config is None:
            return [required(path, "must provide `dnsConfig` when `dnsPolicy` is None")]
        if not config.nameservers:
            return [
                required(
                    f"{path}.nameservers",
                    "must provide at least one DNS nameserver when `dnsPolicy` is None",
                )
            ]
    if config is None:
        return []
    out: list[Problem] = []
    if len(config.nameservers) > MAX_DNS_NAMESERVERS:
        out.append(
            invalid(
                f"{path}.nameservers",
                list(config.nameservers),
                f"must not have more than {MAX_DNS_NAMESERVERS} nameservers",
            )
        )
    for i, ns in enumerate(config.nameservers):
        out.extend(invalid(f"{path}.nameservers[{i}]", ns, m) for m in is_valid_ip(ns))
    if len(config.searches) > MAX_DNS_SEARCH_PATHS:
        out.append(
            invalid(
                f"{path}.searches",
                list(config.searches),
                f"must not have more than {MAX_DNS_SEARCH_PATHS} search paths",
            )
        )
    if len(" ".join(config.searches)) > MAX_DNS_SEARCH_LIST_CHARS:
        out.append(
            invalid(
                f"{path}.searches",
                list(config.searches),
                f"must not have more than {MAX_DNS_SEARCH_LIST_CHARS} characters "
                "(including spaces) in the search list",
            )
        )
    for i, search in enumerate(config.searches):
        name = search.removesuffix(".")
        out.extend(invalid(f"{path}.searches[{i}]", name, m) for m in is_dns1123_subdomain(name))
    for i, (name, _value) in enumerate(config.options):
        if not name:
            out.append(required(f"{path}.options[{i}]", "must not be empty"))
    return out


def validate_workload_selector(
    kind: str,
    match_labels: Mapping[str, str] | None,
    expressions: int,
    template_matches: bool,
    template_labels: Mapping[str, str],
    selector_text: str,
) -> list[Problem]:
    """R26: a Deployment (or StatefulSet, DaemonSet) needs a non-empty selector matching its
    template's labels (pkg/apis/apps/validation ``ValidateDeploymentSpec``,
    ``ValidateStatefulSetSpec``, ``ValidateDaemonSetSpec``,
    ``ValidatePodTemplateSpecForReplicaSet``). ``selector_text`` is empty when the
    selector is absent; ``LabelSelectorAsSelector(nil)`` then matches nothing."""
    word = kind.lower()
    absent = not selector_text
    empty = not absent and not match_labels and expressions == 0
    mismatch = invalid(
        "spec.template.metadata.labels",
        dict(template_labels),
        "`selector` does not match template `labels`",
    )
    empty_error = invalid(
        "spec.selector", GoStruct(selector_text), f"empty selector is invalid for {word}"
    )
    if kind == "DaemonSet":
        out = [] if template_matches and not absent else [mismatch]
        return out + ([empty_error] if empty else [])
    if absent:
        return [required("spec.selector"), mismatch]
    if empty:
        return [empty_error]
    return [] if template_matches else [mismatch]
