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
