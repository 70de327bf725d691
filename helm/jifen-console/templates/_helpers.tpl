{{/* Chart name, shortened to the 63 characters a label value allows. */}}
{{- define "jifen-console.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Resource name prefix: the release name alone when it already contains the chart name. */}}
{{- define "jifen-console.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "jifen-console.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Selector labels: must never change between upgrades (Deployment selectors are immutable). */}}
{{- define "jifen-console.selectorLabels" -}}
app.kubernetes.io/name: {{ include "jifen-console.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "jifen-console.labels" -}}
helm.sh/chart: {{ include "jifen-console.chart" . }}
{{ include "jifen-console.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: jifen
{{- with .Values.commonLabels }}
{{ toYaml . }}
{{- end }}
{{- end }}

{{- define "jifen-console.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "jifen-console.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/* The Secret the pod reads: the chart's own one, or an existing one (fail early if neither). */}}
{{- define "jifen-console.secretName" -}}
{{- if .Values.secret.create }}
{{- include "jifen-console.fullname" . }}
{{- else }}
{{- required "secret.existingSecret is required when secret.create is false" .Values.secret.existingSecret }}
{{- end }}
{{- end }}

{{- define "jifen-console.image" -}}
{{- if .Values.image.digest }}
{{- printf "%s@%s" .Values.image.repository .Values.image.digest }}
{{- else }}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) }}
{{- end }}
{{- end }}

{{/* Is the chart's Ingress cookie-sticky for the given controller ("nginx" or "traefik")? */}}
{{- define "jifen-console.sticky" -}}
{{- if and .root.Values.ingress.enabled .root.Values.ingress.stickySessions.enabled (eq .root.Values.ingress.stickySessions.controller .controller) }}true{{ end }}
{{- end }}

{{/*
ingress-nginx cookie affinity, on the Ingress. persistent: a scale-out never moves a running UI to another pod;
change-on-failure: when the pod is gone the next request picks a live one (its Vaadin session is lost anyway).
*/}}
{{- define "jifen-console.nginxStickyAnnotations" -}}
{{- $sticky := .Values.ingress.stickySessions }}
nginx.ingress.kubernetes.io/affinity: cookie
nginx.ingress.kubernetes.io/affinity-mode: persistent
nginx.ingress.kubernetes.io/session-cookie-name: {{ $sticky.cookieName | quote }}
nginx.ingress.kubernetes.io/session-cookie-path: {{ .Values.ingress.path | quote }}
nginx.ingress.kubernetes.io/session-cookie-secure: {{ $sticky.secure | toString | quote }}
nginx.ingress.kubernetes.io/session-cookie-samesite: {{ $sticky.sameSite | quote }}
nginx.ingress.kubernetes.io/session-cookie-change-on-failure: "true"
{{- end }}

{{/* Traefik's Kubernetes Ingress provider reads the sticky cookie from annotations on the Service. */}}
{{- define "jifen-console.traefikStickyAnnotations" -}}
{{- $sticky := .Values.ingress.stickySessions }}
traefik.ingress.kubernetes.io/service.sticky.cookie: "true"
traefik.ingress.kubernetes.io/service.sticky.cookie.name: {{ $sticky.cookieName | quote }}
traefik.ingress.kubernetes.io/service.sticky.cookie.secure: {{ $sticky.secure | toString | quote }}
traefik.ingress.kubernetes.io/service.sticky.cookie.httponly: "true"
traefik.ingress.kubernetes.io/service.sticky.cookie.samesite: {{ $sticky.sameSite | lower | quote }}
{{- end }}

{{/* The Secret holding the migration user's password (a Secret of its own, never mounted by the pods). */}}
{{- define "jifen-console.migrationSecretName" -}}
{{- if .Values.migration.secret.create }}
{{- printf "%s-migration" (include "jifen-console.fullname" .) }}
{{- else }}
{{- required "migration.secret.existingSecret is required when migration.secret.create is false" .Values.migration.secret.existingSecret }}
{{- end }}
{{- end }}
