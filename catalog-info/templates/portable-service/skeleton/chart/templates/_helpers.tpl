{{/* Chart name, cut to the 63 characters Kubernetes allows in a label. */}}
{{- define "svc.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "svc.selectorLabels" -}}
app.kubernetes.io/name: {{ include "svc.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "svc.labels" -}}
{{ include "svc.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}

{{/* Environment of every container of the service: secrets from OpenBao, plus credentials of in-cluster backing services. */}}
{{- define "svc.env" -}}
envFrom:
  - secretRef:
      name: {{ include "svc.name" . }}
env:
  - name: SERVICE_NAME
    value: {{ include "svc.name" . }}
{{- if eq .Values.postgresql.mode "cloudnative-pg" }}
  - name: DATABASE_URL
    valueFrom:
      secretKeyRef:
        name: {{ include "svc.name" . }}-db-app
        key: uri
{{- end }}
{{- if eq .Values.cache.mode "valkey" }}
  - name: CACHE_URL
    value: {{ printf "redis://%s-cache:6379" (include "svc.name" .) | quote }}
{{- end }}
{{- if eq .Values.queue.mode "rabbitmq-operator" }}
  - name: AMQP_HOST
    value: {{ include "svc.name" . }}-queue
  - name: AMQP_USERNAME
    valueFrom:
      secretKeyRef:
        name: {{ include "svc.name" . }}-queue-default-user
        key: username
  - name: AMQP_PASSWORD
    valueFrom:
      secretKeyRef:
        name: {{ include "svc.name" . }}-queue-default-user
        key: password
{{- end }}
{{- end -}}

{{/* Pod-level settings shared by Deployments and CronJobs. */}}
{{- define "svc.podSpec" -}}
serviceAccountName: {{ include "svc.name" . }}
automountServiceAccountToken: false
securityContext:
  {{- toYaml .Values.podSecurityContext | nindent 2 }}
volumes:
  - name: tmp
    emptyDir: {}
{{- end -}}
