{{- /*
The migration's hook resources, as named templates: migration-job.yaml and migration-secret.yaml render them, and the
chart tests render them too (helm template leaves hooks out of its output).
*/}}

{{/*
The Liquibase migration, once per release and before the pods roll: the same image in migrate-only mode
(jifen.migrate-only: run Liquibase, exit 0, no web server) with the MIGRATION user. A pre-install hook runs before
the chart's ConfigMap, Secret and ServiceAccount exist, so everything it needs is inline here.
before-hook-creation keeps the last Job (and its log) until the next release.
*/}}
{{- define "jifen-console.migrationJob" -}}
{{- if .Values.migration.enabled }}
apiVersion: batch/v1
kind: Job
metadata:
  name: {{ printf "%s-migration" (include "jifen-console.fullname" .) | trunc 63 | trimSuffix "-" }}
  labels:
    {{- include "jifen-console.labels" . | nindent 4 }}
    app.kubernetes.io/component: migration
  annotations:
    helm.sh/hook: pre-install,pre-upgrade
    helm.sh/hook-weight: "0"
    helm.sh/hook-delete-policy: before-hook-creation
spec:
  backoffLimit: {{ .Values.migration.backoffLimit }}
  activeDeadlineSeconds: {{ .Values.migration.activeDeadlineSeconds }}
  template:
    metadata:
      labels:
        {{- /* not the selector labels: the Service must never send traffic to the migration pod */}}
        helm.sh/chart: {{ include "jifen-console.chart" . }}
        app.kubernetes.io/instance: {{ .Release.Name }}
        app.kubernetes.io/component: migration
    spec:
      restartPolicy: Never
      # the namespace's default ServiceAccount (the chart's own does not exist yet); no API token
      automountServiceAccountToken: false
      {{- with .Values.imagePullSecrets }}
      imagePullSecrets:
        {{- range . }}
        - name: {{ . }}
        {{- end }}
      {{- end }}
      securityContext:
        {{- toYaml .Values.podSecurityContext | nindent 8 }}
      containers:
        - name: migration
          image: {{ include "jifen-console.image" . | quote }}
          imagePullPolicy: {{ .Values.image.pullPolicy }}
          env:
            - name: JIFEN_MIGRATE_ONLY
              value: "true"
            - name: SPRING_LIQUIBASE_ENABLED
              value: "true"
            - name: SPRING_PROFILES_ACTIVE
              value: {{ .Values.config.springProfilesActive | quote }}
            - name: SPRING_DATASOURCE_URL
              value: {{ .Values.config.datasource.url | quote }}
            - name: SPRING_DATASOURCE_USERNAME
              value: {{ .Values.migration.username | quote }}
            - name: SPRING_DATASOURCE_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: {{ include "jifen-console.migrationSecretName" . }}
                  key: {{ .Values.migration.secret.key }}
            - name: JAVA_TOOL_OPTIONS
              value: {{ .Values.config.javaToolOptions | quote }}
            {{- with .Values.migration.extraEnvVars }}
            {{- toYaml . | nindent 12 }}
            {{- end }}
          resources:
            {{- toYaml .Values.migration.resources | nindent 12 }}
          securityContext:
            {{- toYaml .Values.containerSecurityContext | nindent 12 }}
          volumeMounts:
            - name: tmp
              mountPath: /tmp
      volumes:
        - name: tmp
          emptyDir:
            sizeLimit: {{ .Values.tmpVolume.sizeLimit }}
      {{- with .Values.nodeSelector }}
      nodeSelector:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with .Values.tolerations }}
      tolerations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
{{- end }}
{{- end }}

{{/*
The migration user's password, when the chart creates it: a hook like the Job (the release's ordinary resources do
not exist yet when a pre-install hook runs), created first (lower weight). Helm does not delete hook resources on
uninstall; an existing Secret (migration.secret.existingSecret) is preferred.
*/}}
{{- define "jifen-console.migrationSecret" -}}
{{- if and .Values.migration.enabled .Values.migration.secret.create }}
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "jifen-console.migrationSecretName" . }}
  labels:
    {{- include "jifen-console.labels" . | nindent 4 }}
    app.kubernetes.io/component: migration
  annotations:
    helm.sh/hook: pre-install,pre-upgrade
    helm.sh/hook-weight: "-10"
    helm.sh/hook-delete-policy: before-hook-creation
type: Opaque
data:
  {{ .Values.migration.secret.key }}: {{ required "migration.secret.password is required when migration.secret.create is true" .Values.migration.secret.password | b64enc | quote }}
{{- end }}
{{- end }}
